(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["is"] = {"is":"|fpotignb:26,28,38,42,46;fr0mbcui:6,18"};
