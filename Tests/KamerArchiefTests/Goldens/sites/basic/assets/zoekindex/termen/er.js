(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["er"] = {"er":"|fpotignb:50"};
