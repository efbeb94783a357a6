(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["ii"] = {"ii":"|fpotignb:64,66"};
