(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["zo"] = {"zoals":"|fpotignb:16;fr0mbcui:12"};
