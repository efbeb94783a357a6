(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["af"] = {"afgerond":"|fr0mbcui:6"};
