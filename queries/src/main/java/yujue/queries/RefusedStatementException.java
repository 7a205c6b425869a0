package yujue.queries;

/** The statement is valid SQL perhaps, but not one this read-only command will run. */
public final class RefusedStatementException extends RuntimeException {
  public RefusedStatementException(String message) {
    super(message);
  }
}
