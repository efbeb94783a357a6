(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["ro"] = {"ronde":"|fr0mbcui:6,8","rotterdam":"|fr0mbcui:18"};
