package yujue.queries.modules;

import java.math.BigDecimal;

/**
 * One row of a researcher's staffing table: the headcount of a department in a year, used where
 * its report states none. {@code department} must equal the warehouse's department_name.
 *
 * @param authorized 编制数, or null when not known
 * @param actual 在岗/实有人数, or null when not known
 */
public record StaffingRow(String regionCode, String department, int fiscalYear, BigDecimal authorized, BigDecimal actual) {}
