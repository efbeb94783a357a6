(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["ze"] = {"zet":"|fpotignb:16"};
