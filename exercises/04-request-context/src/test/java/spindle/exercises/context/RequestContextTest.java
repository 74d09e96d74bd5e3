package spindle.exercises.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class RequestContextTest {

    @Test
    void currentUserInsideRunAs() {
        List<String> seen = new ArrayList<>();
        RequestContext.runAs("alice", () -> {
            seen.add(RequestContext.current());
            seen.add(String.valueOf(RequestContext.isBound()));
        });
        assertEquals(List.of("alice", "true"), seen);
    }

    @Test
    void unboundOutsideRunAs() {
        assertFalse(RequestContext.isBound());
        assertThrows(NoSuchElementException.class, RequestContext::current);
        RequestContext.runAs("alice", () -> { });
        assertFalse(RequestContext.isBound(), "the binding must end when runAs returns");
    }

    @Test
    void nestedRunAsRebindsAndRestores() {
        List<String> seen = new ArrayList<>();
        RequestContext.runAs("alice", () -> {
            seen.add(RequestContext.current());
            RequestContext.runAs("bob", () -> seen.add(RequestContext.current()));
            seen.add(RequestContext.current());
        });
        assertEquals(List.of("alice", "bob", "alice"), seen);
        assertTrue(!RequestContext.isBound());
    }
}
