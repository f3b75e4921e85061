package org.sitrep.extract;

import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Read-only navigation over one sentence's dependency graph. The enhanced++ graph CoreNLP gives
 * can have several heads per token; {@link #head} follows the tree edge and ignores the extra ones.
 */
final class Graph {
    final Sentence sentence;
    private final List<List<Dependency>> children;
    private final Dependency[] head;

    Graph(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
        }
        head = new Dependency[n];
        for (Dependency d : sentence.dependencies()) {
            if (d.governor() >= 0 && d.governor() < n) {
                children.get(d.governor()).add(d);
            }
            if (d.dependent() < n && isTreeEdge(d) && (head[d.dependent()] == null || !isTreeEdge(head[d.dependent()]))) {
                if (head[d.dependent()] == null) {
                    head[d.dependent()] = d;
                }
            }
        }
    }

    private static boolean isTreeEdge(Dependency d) {
        // Extra enhanced++ edges: relative pronoun links and subjects propagated to controlled verbs.
        return !d.relation().equals("ref") && !d.relation().endsWith(":xsubj");
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    int size() {
        return sentence.tokens().size();
    }

    List<Dependency> children(int i) {
        return children.get(i);
    }

    Dependency head(int i) {
        return head[i];
    }

    /** Children of {@code i} whose relation equals {@code relation} or starts with {@code relation + ":"}. */
    List<Integer> childrenOf(int i, String relation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children.get(i)) {
            if (d.relation().equals(relation) || d.relation().startsWith(relation + ":")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    boolean hasChild(int i, String relation) {
        return !childrenOf(i, relation).isEmpty();
    }

    /** The preposition of an oblique or nominal modifier ("in", "on", "between"), from its subtype or its case child. */
    String caseOf(Dependency d) {
        int colon = d.relation().indexOf(':');
        if (colon > 0) {
            return d.relation().substring(colon + 1).replace('_', ' ');
        }
        for (int c : childrenOf(d.dependent(), "case")) {
            return token(c).word().toLowerCase(java.util.Locale.ROOT);
        }
        return "";
    }

    /**
     * The noun phrase under {@code i}: the token and its dependents through nominal relations,
     * stopping at clauses (relative clauses, adverbial clauses, other verbs' arguments).
     */
    List<Integer> phrase(int i) {
        List<Integer> out = new ArrayList<>();
        collectPhrase(i, out, 0);
        out.sort(Integer::compare);
        return out;
    }

    private void collectPhrase(int i, List<Integer> out, int depth) {
        if (out.contains(i) || depth > 6) {
            return;
        }
        out.add(i);
        for (Dependency d : children.get(i)) {
            String r = d.relation();
            if (r.startsWith("acl:relcl") || r.startsWith("advcl") || r.startsWith("ccomp") || r.startsWith("parataxis")
                    || r.equals("ref") || r.startsWith("nsubj") || r.startsWith("punct") || r.startsWith("conj") || r.equals("dep")) {
                continue;
            }
            collectPhrase(d.dependent(), out, depth + 1);
        }
    }
}
