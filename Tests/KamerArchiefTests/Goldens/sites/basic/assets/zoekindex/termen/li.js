(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["li"] = {"lidstaten":"|fpotignb:32"};
