"""queue leases: a worker claims several waiting one-file jobs at once, each held until a time

Revision ID: 0006
Revises: 0005
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('queue_jobs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lease_until', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('lease_key', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('queue_jobs', schema=None) as batch_op:
        batch_op.drop_column('lease_key')
        batch_op.drop_column('lease_until')
