(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["wo"] = {"worden":"|fr0mbcui:6","wordt":"|fr0mbcui:8"};
