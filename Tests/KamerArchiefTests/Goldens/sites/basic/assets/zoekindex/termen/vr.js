(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["vr"] = {"vraag":"fpotignb:10,61"};
