(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["ku"] = {"kunnen":"|fpotignb:54"};
