/**
 * A synthetic national corpus (issue 6): departments of many kinds in real GB/T 2260 regions, their
 * budgets and final accounts over several years generated from one evolving state per department
 * (so year-over-year sentences agree with the previous year's report), laid out as parsed-report
 * facts that obey the identities of domain.md section 5 exactly (leaves in cents, every total a
 * sum), rendered in the three text families with conversion damage by
 * {@link yujue.parse.render.ReportRenderer}, and written with the ground truth of every figure.
 * Entry: {@link yujue.parse.synth.SynthCorpus}; command line {@link yujue.parse.synth.SynthMain}.
 */
package yujue.parse.synth;
