package yujue.parse.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderLabelsTest {

  @Test
  void longerLabelsFirstEveryOccurrenceInPrintOrder() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("本年收入合计", "total");
    labels.put("小计", "total");
    labels.put("合计", "sum");
    labels.put("基本支出", "basic");
    var found = HeaderLabels.scan("科目本年收入合计基本支出小计合计基本支出", labels);
    assertEquals(List.of(2, 8, 12, 14, 16), List.copyOf(found.keySet()));
    assertEquals(List.of("total", "basic", "total", "sum", "basic"), List.copyOf(found.values()));
  }

  @Test
  void functionColumnsFromTheHeader() {
    assertEquals(List.of("total", "basic", "project"),
        FunctionTableParser.columns(TableKind.F05, "科目编码科目名称合计基本支出项目支出"));
    assertEquals(List.of("total", "basic", "project"), FunctionTableParser.columns(TableKind.F05, "科目"));
  }

  @Test
  void functionCodes() {
    assertEquals(true, FunctionTableParser.functionCode("201"));
    assertEquals(true, FunctionTableParser.functionCode("2010301"));
    assertEquals(true, FunctionTableParser.functionCode("201030"));
    assertEquals(false, FunctionTableParser.functionCode("20"));
    assertEquals(false, FunctionTableParser.functionCode("20103011"));
    assertEquals(false, FunctionTableParser.functionCode("301"));
    assertEquals(false, FunctionTableParser.functionCode("2a1"));
  }
}
