"""The jupyter_kernel_test conformance suite against the installed Dossier kernelspec."""
import unittest

import jupyter_kernel_test


class DossierKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "dossier"
    language_name = "dossier"
    file_extension = ".dos"

    # Each answer checked by hand: 1+1 is 2; 12 month * 2,000 USD/month is 24,000 USD.
    code_execute_result = [
        {"code": "1+1", "result": "2"},
        {"code": "2000 USD/month * 12 month", "result": "24,000 USD"},
    ]
    code_generate_error = "1 +"
    completion_samples = [
        {"text": "soldier_p", "matches": {"soldier_pay"}},
        {"text": ":simu", "matches": {":simulate"}},
    ]
    complete_code_samples = ["1+1", ":facts", "let x = (1 + 2)"]
    incomplete_code_samples = ["(1 +", "let x = (2", ":simulate (8000 to"]
    invalid_code_samples = ["1 @ 2", "1 + 2)"]
    # A cell of two inputs: the first result is display_data, the last the execute_result.
    code_display_data = [{"code": "1+1\n2+2", "mime": "text/html"}]
    code_inspect_sample = "soldier_pay"
    code_history_pattern = "1+1"
    supported_history_operations = ("tail", "range", "search")


if __name__ == "__main__":
    unittest.main()
