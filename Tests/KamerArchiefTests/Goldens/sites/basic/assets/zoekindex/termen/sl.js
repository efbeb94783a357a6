(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["sl"] = {"sluiten":"|fpotignb:26"};
