(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["el"] = {"elektrisch":"fr0mbcui:6","elektrolyse":"fpotignb:16;fr0mbcui:5","elektrolysers":"fr0mbcui:6,12"};
