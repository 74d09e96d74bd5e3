package dev.spindle.kernel.protocol;

import java.util.List;

/** The {@code error} message on IOPub: the one place a failure is shown. */
public record ErrorContent(String ename, String evalue, List<String> traceback) implements Content {
}
