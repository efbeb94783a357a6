(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["20"] = {"2022":"|fpotignb:62","2023":"|fpotignb:16,64;fr0mbcui:6","2025":"|fr0mbcui:18","2026":"|fr0mbcui:8"};
