"""Claim linking helpers: word stems, anchors, denials, text reuse, independence, semantics.

``tracker.corroborate`` composes them; each module here is pure and small enough to read alone:

- ``morph``: light stems and root skeletons, so زيارة/زار and سرية/سراً meet.
- ``anchors``: numbers (digits and number words), places and names that must agree.
- ``denials``: statements that deny in their content ("لا صحة لـ …") and claims quoted inside
  their own denial.
- ``reuse``: near-verbatim passages shared by outlets, which are copies, not origins.
- ``occasion``: sentences that only name the occasion of the one before ("جاء ذلك خلال حفل …").
- ``another``: statements about another one of what a statement names ("عبوة أخرى").
- ``independence``: the voice each statement counts as, after voices are resolved.
- ``semantic``: multilingual sentence embeddings (the optional ``tracker[semantic]`` extra).
"""
