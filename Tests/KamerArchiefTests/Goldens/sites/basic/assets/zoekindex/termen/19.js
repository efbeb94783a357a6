(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["19"] = {"190":"|fpotignb:66"};
