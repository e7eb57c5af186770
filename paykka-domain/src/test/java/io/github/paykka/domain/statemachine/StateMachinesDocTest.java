package io.github.paykka.domain.statemachine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/state-machines.md} is generated from the transition tables; this test fails when it is stale. To
 * regenerate: {@code mvn -pl paykka-domain verify -Dtest=StateMachinesDocTest -Dpaykka.regenerateDocs=true}.
 */
class StateMachinesDocTest {
  // Surefire runs in the module directory; the docs live next to it.
  private static final Path DOC = Path.of("..", "docs", "state-machines.md");

  @Test
  void theCommittedDocumentIsUpToDate() throws IOException {
    String expected = StateMachines.markdown();
    if (Boolean.getBoolean("paykka.regenerateDocs")) {
      Files.createDirectories(DOC.getParent());
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(DOC))
        .as("%s is missing; run this test with -Dpaykka.regenerateDocs=true to write it", DOC.toAbsolutePath())
        .isTrue();
    String committed = Files.readString(DOC, StandardCharsets.UTF_8);
    assertThat(committed)
        .as("%s is stale: the transition tables changed. Regenerate it with%n  mvn -B -pl paykka-domain verify "
            + "-Dtest=StateMachinesDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dpaykka.regenerateDocs=true%n"
            + "and commit the result", DOC)
        .isEqualTo(expected);
  }

  @Test
  void eachDiagramHasOneLinePerTableEntry() throws IOException {
    String committed = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : StateMachines.markdown();
    for (StateMachine<?> machine : StateMachines.all()) {
      List<String> block = mermaidBlock(committed, machine.name());
      List<String> arrows = new ArrayList<>();
      for (String line : block) {
        if (line.contains(" : ")) arrows.add(line.trim());
      }
      List<String> expected = new ArrayList<>();
      for (StateTransition<?> t : machine.transitions()) {
        expected.add(t.from().name() + " --> " + t.to().name() + " : " + t.name());
      }
      assertThat(arrows).as(machine.name()).containsExactlyElementsOf(expected);
      assertThat(block).as(machine.name()).contains("    [*] --> " + machine.initial().name());
      for (Enum<?> terminal : machine.terminalStates()) {
        assertThat(block).as(machine.name()).contains("    " + terminal.name() + " --> [*]");
      }
      long otherLines = block.stream().filter(l -> !l.contains(" : ") && !l.contains("[*]")
          && !l.equals("stateDiagram-v2")).count();
      assertThat(otherLines).as("%s has lines that are not in the table", machine.name()).isZero();
    }
  }

  @Test
  void everyTableIsConsistent() {
    assertThat(StateMachines.all()).extracting(StateMachine::name)
        .containsExactly("Payment order", "Refund", "Card token", "Recurring agreement", "Checkout session");
    for (StateMachine<?> machine : StateMachines.all()) {
      assertThat(machine.transitions()).as(machine.name()).isNotEmpty();
      assertThat(machine.transitions()).extracting(t -> t.from().name() + "->" + t.to().name())
          .as("%s lists a move twice", machine.name()).doesNotHaveDuplicates();
      assertThat(machine.terminalStates().contains(machine.initial())).as(machine.name()).isFalse();
    }
  }

  private static List<String> mermaidBlock(String markdown, String name) {
    Matcher m = Pattern.compile("## " + Pattern.quote(name) + "\\n\\n```mermaid\\n(.*?)```", Pattern.DOTALL)
        .matcher(markdown);
    assertThat(m.find()).as("a mermaid block for %s", name).isTrue();
    return List.of(m.group(1).split("\n"));
  }
}
