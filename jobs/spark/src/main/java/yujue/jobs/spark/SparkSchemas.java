package yujue.jobs.spark;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import yujue.warehouse.schema.Column;
import yujue.warehouse.schema.Table;
import yujue.warehouse.schema.Type;

/** The warehouse schema in Spark terms: one {@link StructType} per {@link Table}, rows from {@code Object[]}. */
public final class SparkSchemas {

  private SparkSchemas() {}

  public static StructType of(Table table) {
    StructField[] fields = new StructField[table.columns().size()];
    for (int i = 0; i < fields.length; i++) {
      Column c = table.columns().get(i);
      fields[i] = DataTypes.createStructField(c.name(), type(c), c.nullable());
    }
    return new StructType(fields);
  }

  /** The table's schema with every column nullable, as Spark reads a table back from Parquet. */
  public static StructType nullable(Table table) {
    return new StructType(Arrays.stream(of(table).fields())
        .map(f -> new StructField(f.name(), f.dataType(), true, f.metadata()))
        .toArray(StructField[]::new));
  }

  /**
   * One row per parsed input (see ParseOutcome's summary columns) with, nested, its rows of each
   * of {@code tables}: how a run stages its reports, so that each is parsed once.
   */
  public static StructType reports(List<Table> tables) {
    List<StructField> fields = new ArrayList<>(List.of(
        DataTypes.createStructField("source_file", DataTypes.StringType, false),
        DataTypes.createStructField("sha256", DataTypes.StringType, true),
        DataTypes.createStructField("doc_id", DataTypes.StringType, true),
        DataTypes.createStructField("fiscal_year", DataTypes.IntegerType, true),
        DataTypes.createStructField("region_code", DataTypes.StringType, true),
        DataTypes.createStructField("facts", DataTypes.IntegerType, false),
        DataTypes.createStructField("findings", DataTypes.IntegerType, false),
        DataTypes.createStructField("reason", DataTypes.StringType, true)));
    for (Table t : tables) {
      fields.add(DataTypes.createStructField(t.name(), DataTypes.createArrayType(of(t), false), true));
    }
    return new StructType(fields.toArray(StructField[]::new));
  }

  /**
   * TIMESTAMP is written as Spark's TIMESTAMP_NTZ: Parquet then stores a plain UTC wall-clock time
   * (isAdjustedToUTC=false), which DuckDB reads as TIMESTAMP whatever the reader's time zone.
   */
  static DataType type(Column c) {
    Type t = c.type();
    if (t == null || t.kind() == null) {
      throw new IllegalArgumentException("column " + c.name() + " has no type");
    }
    return switch (t.kind()) {
      case STRING -> DataTypes.StringType;
      case INT -> DataTypes.IntegerType;
      case BIGINT -> DataTypes.LongType;
      case BOOLEAN -> DataTypes.BooleanType;
      case TIMESTAMP -> DataTypes.TimestampNTZType;
      case DECIMAL -> decimal(c.name(), t);
    };
  }

  private static DecimalType decimal(String column, Type t) {
    if (t.precision() < 1 || t.precision() > DecimalType.MAX_PRECISION()
        || t.scale() < 0 || t.scale() > t.precision()) {
      throw new IllegalArgumentException("column " + column + ": Spark cannot store " + t.sql());
    }
    return DataTypes.createDecimalType(t.precision(), t.scale());
  }

  /** A row in schema column order; instants become UTC wall-clock times to match TIMESTAMP_NTZ. */
  public static Row toRow(Object[] values) {
    Object[] v = values.clone();
    for (int i = 0; i < v.length; i++) {
      if (v[i] instanceof Timestamp ts) {
        v[i] = ts.toInstant().atOffset(ZoneOffset.UTC).toLocalDateTime();
      } else if (v[i] instanceof Instant in) {
        v[i] = in.atOffset(ZoneOffset.UTC).toLocalDateTime();
      }
    }
    return RowFactory.create(v);
  }
}
