"""the requester a document's papers were written for

Revision ID: 0003
Revises: 0002

`intake fix` writes a document's papers again: with the same requester (name, address, advocate
wording), not an empty one.
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('requester', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_column('requester')
