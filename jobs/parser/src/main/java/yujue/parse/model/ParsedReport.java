package yujue.parse.model;

import java.util.List;
import yujue.parse.text.SourceDocument;

/** Everything read from one report: metadata, facts by kind, and findings. */
public record ParsedReport(
    SourceDocument source,
    ReportMeta meta,
    TextFamily family,
    List<MeasureFact> measures,
    List<SubjectFact> functionFacts,
    List<SubjectFact> economicFacts,
    List<SanggongFact> sanggong,
    List<ExecutionFact> executions,
    List<Finding> findings,
    List<ProjectEvaluation> evaluations) {

  public int factCount() {
    return measures.size() + functionFacts.size() + economicFacts.size() + sanggong.size() + executions.size()
        + evaluations.size();
  }
}
