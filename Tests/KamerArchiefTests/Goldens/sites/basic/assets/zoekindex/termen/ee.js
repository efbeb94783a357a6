(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["ee"] = {"een":"|fpotignb:6,16;fr0mbcui:8","eerste":"fpotignb:31|fr0mbcui:6,18"};
