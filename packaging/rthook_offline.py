# PyInstaller runtime hook: the frozen app never touches the network.
# underthesea can fetch optional models through huggingface_hub; force every hub client offline so a
# missing model fails fast instead of trying to download it.
import os

for _name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE", "HF_HUB_DISABLE_TELEMETRY"):
    os.environ.setdefault(_name, "1")
