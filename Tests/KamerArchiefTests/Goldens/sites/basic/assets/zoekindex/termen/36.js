(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["36"] = {"36410":"|fpotignb:68"};
