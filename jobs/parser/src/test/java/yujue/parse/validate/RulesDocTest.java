package yujue.parse.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is what the rule catalog says; run with -Dyujue.updateDocs=true to regenerate it. */
class RulesDocTest {

  private static final Path DOC = Path.of("../../docs/rules.md");

  @Test
  void committedReferenceMatchesTheCatalog() throws IOException {
    String fresh = RulesDoc.render();
    if (Boolean.getBoolean("yujue.updateDocs")) {
      Files.writeString(DOC, fresh, StandardCharsets.UTF_8);
    }
    assertEquals(fresh, Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "",
        "docs/rules.md is stale: mvn -pl jobs/parser -am test -Dtest=RulesDocTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dyujue.updateDocs=true");
  }
}
