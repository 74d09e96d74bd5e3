package dev.spindle.kernel.protocol;

import java.util.Map;

/** {@code execute_request}. Absent flags take the defaults of the messaging spec. */
public record ExecuteRequest(String code, Boolean silent, Boolean storeHistory, Map<String, String> userExpressions,
                             Boolean allowStdin, Boolean stopOnError) implements Content {

    public ExecuteRequest {
        code = code == null ? "" : code;
        silent = silent != null && silent;
        storeHistory = storeHistory == null || storeHistory;
        userExpressions = userExpressions == null ? Map.of() : Map.copyOf(userExpressions);
        allowStdin = allowStdin == null || allowStdin;
        stopOnError = stopOnError == null || stopOnError;
    }

    public static ExecuteRequest of(String code) {
        return new ExecuteRequest(code, null, null, null, null, null);
    }

    /** {@code silent} forces {@code store_history} off. */
    public boolean storesHistory() {
        return storeHistory && !silent;
    }
}
