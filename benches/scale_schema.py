#!/usr/bin/env python3
"""A generated Prisma schema of about N megabytes, on stdout (benches/scale.sh uses it)."""
import sys
target = int(sys.argv[1]) * 1024 * 1024
out = ['// Generated for benchmarking.\ndatasource db {\n  provider = "postgresql"\n}\n\ngenerator client {\n  provider = "prisma-client-js"\n}\n\n']
size = len(out[0]); model = 0
while size < target:
    parts = []
    if model % 10 == 0:
        g = model // 10
        parts.append(f'/// Status of group {g}.\nenum Status{g} {{\n  ACTIVE\n  PAUSED   @map("paused")\n  ARCHIVED\n  DELETED\n\n  @@map("status_{g}")\n}}\n\n')
    s = model // 10
    parts.append(f'/// Entity number {model}.\nmodel Entity{model} {{\n')
    parts.append('  id          String    @id @default(cuid())\n  slug        String    @unique @db.VarChar(191)\n  title       String    @default("") // shown in lists\n  description String?   @db.Text\n  count       Int       @default(0)\n  total       BigInt    @default(0)\n  ratio       Float     @default(0.5) @db.DoublePrecision\n  price       Decimal   @default(0) @db.Decimal(12, 2)\n  enabled     Boolean   @default(true)\n  metadata    Json?     @db.JsonB\n  payload     Bytes?\n  tags        String[]\n')
    parts.append(f'  status      Status{s} @default(ACTIVE)\n  createdAt   DateTime  @default(now()) @map("created_at") @db.Timestamptz(6)\n  updatedAt   DateTime  @updatedAt @map("updated_at")\n')
    if model > 0:
        parts.append(f'  parent      Entity{model-1}? @relation(fields: [parentId], references: [id], onDelete: Cascade)\n  parentId    String?\n')
    parts.append(f'  children    Entity{model+1}[]\n\n  @@unique([title, count], map: "entity_{model}_title_count_key")\n  @@index([createdAt(sort: Desc)])\n')
    if model > 0:
        parts.append('  @@index([parentId])\n')
    parts.append(f'  @@map("entity_{model}")\n}}\n\n')
    t = ''.join(parts); out.append(t); size += len(t); model += 1
out.append(f'model Entity{model} {{\n  id       String    @id\n  parent   Entity{model-1}? @relation(fields: [parentId], references: [id])\n  parentId String?\n}}\n')
sys.stdout.write(''.join(out))
