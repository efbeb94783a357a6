(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["ne"] = {"nederlands":"fpotignb:15|","nederlandse":"fpotignb:13|","netwerk":"|fr0mbcui:18","neutraal":"|fpotignb:46"};
