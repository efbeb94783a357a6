(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["tr"] = {"transport":"fpotignb:59|fpotignb:8"};
