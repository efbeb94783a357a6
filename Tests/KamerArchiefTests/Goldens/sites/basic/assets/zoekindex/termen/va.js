(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["va"] = {"van":"_onderwerpen:3,5;fpotignb:6,13,16,19,22,31,35,38,42,46,57;fr0mbcui:6"};
