// Audio scripts rendered offline with espeak-ng; see the spoken-prompts issue.
