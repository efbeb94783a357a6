(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["mi"] = {"middelen":"|fpotignb:24","mits":"|fpotignb:22"};
