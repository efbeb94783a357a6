(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["to"] = {"toegelicht":"|fr0mbcui:8"};
