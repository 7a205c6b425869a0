package yujue.warehouse.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/warehouse.md is what the schema says; run with -Dyujue.updateDocs=true to regenerate it. */
class SchemaDocTest {

  private static final Path DOC = Path.of("../docs/warehouse.md");

  @Test
  void committedReferenceMatchesTheSchema() throws IOException {
    String fresh = SchemaDoc.render();
    if (Boolean.getBoolean("yujue.updateDocs")) {
      Files.writeString(DOC, fresh, StandardCharsets.UTF_8);
    }
    assertEquals(fresh, Files.readString(DOC, StandardCharsets.UTF_8),
        "docs/warehouse.md is stale: mvn -pl warehouse test -Dyujue.updateDocs=true");
  }
}
