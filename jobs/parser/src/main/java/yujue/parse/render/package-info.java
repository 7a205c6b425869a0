/**
 * Writes parsed reports back out as report text, in each converter family (tab, markdown, flowing)
 * and with the conversion damage of domain.md section 6, from the facts alone and deterministically
 * for a seed. Entry: {@link yujue.parse.render.ReportRenderer}. Used to test every report in every
 * family (parse, render, parse: same facts) and to grow synthetic reports.
 */
package yujue.parse.render;
