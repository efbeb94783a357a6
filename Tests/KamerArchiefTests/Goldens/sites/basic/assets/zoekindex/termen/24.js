(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["24"] = {"24":"|fpotignb:66"};
