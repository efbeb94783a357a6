(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["ma"] = {"markt":"|fpotignb:4"};
