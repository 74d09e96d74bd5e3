"""jupyter_kernel_test's twelve tests, run against the spindle kernel with non-trivial samples."""
import unittest

import jupyter_kernel_test


class SpindleKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "spindle"
    language_name = "java"
    file_extension = ".java"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("something went wrong");'

    completion_samples = [
        {"text": "System.out.pri", "matches": {"print", "printf", "println"}},
        {"text": "Math.ab", "matches": {"abs", "absExact"}},
        {"text": "Thread.sle", "matches": {"sleep"}},
        {"text": "java.util.concurrent.CountDownL", "matches": {"CountDownLatch"}},
        {"text": "new StringBuilder().rev", "matches": {"reverse"}},
    ]

    complete_code_samples = [
        "1 + 1",
        "int x = 1;",
        "class Counter { int n; }",
        "for (int i = 0; i < 3; i++) { System.out.println(i); }",
    ]
    incomplete_code_samples = [
        "for (int i = 0; i < 3; i++) {",
        "class Pair {",
        'String s = "a" +',
    ]
    invalid_code_samples = [
        "}",
        "int 3x = 4;",
    ]

    code_page_something = "Math.max?"

    code_generate_error = 'throw new IllegalStateException("boom");'

    code_execute_result = [
        {"code": "1 + 1", "result": "2"},
        {"code": "Math.max(3, 7)", "result": "7"},
        {"code": "java.util.List.of(1, 2, 3)", "result": "[1, 2, 3]"},
    ]

    code_display_data = [
        {"code": 'display(new Html("<b>bold</b>"));', "mime": "text/html"},
        {"code": 'display(new Markdown("*emphasis*"));', "mime": "text/markdown"},
    ]

    code_history_pattern = "Math.max(*"  # not "Math.max*": the pager sample "Math.max?" is in the history too
    supported_history_operations = ("tail", "range", "search")

    code_inspect_sample = "Math.max"

    code_clear_output = "clearOutput();"


if __name__ == "__main__":
    unittest.main()
