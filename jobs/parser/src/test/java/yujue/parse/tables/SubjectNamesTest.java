package yujue.parse.tables;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SubjectNamesTest {

  @Test
  void sameComparesNormalizedNames() {
    assertTrue(SubjectNames.same("基本工资", "基本工资"));
    assertTrue(SubjectNames.same("其他政府办公厅（室）及相关机构事务支出", "其他政府办公厅(室)及相关机构 事务支出"));
    assertFalse(SubjectNames.same("基本工资", "津贴补贴"));
  }

  @Test
  void startsWithComparesNormalizedNames() {
    assertTrue(SubjectNames.startsWith("工资福利支出", "工资福利"));
    assertTrue(SubjectNames.startsWith("其他政府办公厅（室）及相关机构事务支出", "其他政府办公厅(室"));
    assertTrue(SubjectNames.startsWith("工资福利支出", "工资 福利"));
    assertFalse(SubjectNames.startsWith("工资福利支出", "福利"));
  }
}
