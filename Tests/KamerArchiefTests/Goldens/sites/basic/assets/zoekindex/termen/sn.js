(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["sn"] = {"snelle":"|fpotignb:16"};
