(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["tr"] = {"transport":"fpotignb:8,59"};
