(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["ch"] = {"chemie":"|fpotignb:10"};
