(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["ga"] = {"gasunie":"|fr0mbcui:18"};
