package yujue.jobs.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yujue.warehouse.schema.Column;
import yujue.warehouse.schema.Table;
import yujue.warehouse.schema.Type;
import yujue.warehouse.schema.WarehouseSchema;

class SparkSchemasTest {

  @Test
  void mapsTypesAndNullability() {
    StructType s = SparkSchemas.of(WarehouseSchema.MEASURES);
    assertEquals(WarehouseSchema.MEASURES.columnNames(), List.of(s.fieldNames()));
    assertEquals(DataTypes.createDecimalType(18, 2), s.apply("amount").dataType());
    assertFalse(s.apply("amount").nullable());
    assertTrue(s.apply("source_line").nullable());
    assertEquals(DataTypes.IntegerType, s.apply("fiscal_year").dataType());
    assertEquals(DataTypes.LongType, SparkSchemas.of(WarehouseSchema.DOCUMENTS).apply("bytes").dataType());
  }

  @Test
  void refusesATypeSparkCannotStore() {
    Table t = table(Column.required("x", Type.decimal(40, 2), "too wide"));
    assertThrows(IllegalArgumentException.class, () -> SparkSchemas.of(t));
  }

  @Test
  void amountsAndTimesSurviveParquetIntoDuckDb(@TempDir Path dir) throws Exception {
    Table t = table(Column.required("amount", Type.AMOUNT, "万元"), Column.optional("landed", Type.TIMESTAMP, "when"));
    SparkSession spark = TestSpark.session();
    List<Row> rows = List.of(SparkSchemas.toRow(new Object[] {
        new BigDecimal("2678.82"), Timestamp.from(Instant.parse("2025-03-01T08:30:00Z"))}));
    String out = dir.resolve("t").toString();
    spark.createDataFrame(rows, SparkSchemas.of(t)).coalesce(1).write().parquet(out);

    String files = "'" + out + "/*.parquet'";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      ResultSet rs = st.executeQuery(
          "SELECT amount, typeof(amount), CAST(landed AS VARCHAR), typeof(landed) FROM read_parquet(" + files + ")");
      assertTrue(rs.next());
      assertEquals(new BigDecimal("2678.82"), rs.getBigDecimal(1));
      assertEquals("DECIMAL(18,2)", rs.getString(2));
      // written as a UTC wall-clock time, read back the same in any time zone
      assertEquals("2025-03-01 08:30:00", rs.getString(3));
      assertEquals("TIMESTAMP", rs.getString(4));

      rs = st.executeQuery("SELECT converted_type, precision, scale FROM parquet_schema(" + files + ") WHERE name = 'amount'");
      assertTrue(rs.next());
      assertEquals("DECIMAL", rs.getString(1));
      assertEquals(18, rs.getInt(2));
      assertEquals(2, rs.getInt(3));
    }
  }

  private static Table table(Column... columns) {
    return new Table("t", "test", "test", List.of(columns), List.of());
  }
}
