(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["mi"] = {"middelen":"|fpotignb:24","minister":"|fpotignb:62","mits":"|fpotignb:22"};
